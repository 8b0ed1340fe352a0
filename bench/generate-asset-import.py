#!/usr/bin/env python3
"""Writes a 100,000-row inventory export in the shape a GMAO (Asset+-like) gives it, to import
into a database that holds the generated group and inventory (bench/inventory-db.sh).

    bench/generate-asset-import.py DB OUTPUT.csv [ROWS] [RUN]

Semicolon-separated UTF-8 with French headers, dd/MM/yyyy dates, decimal commas and French
status words, the references (categories, FINESS, teams, department codes, manufacturers and
models) read from DB so the lines resolve; 2 % of lines name a manufacturer and model the
register does not know (created on confirmation), every line a supplier among 40 new ones, and
one line in 200 is wrong on purpose (unknown category, impossible date or negative cost) so the
preview has errors to list. Seeded: two runs with the same RUN write the same file.
"""
import csv
import random
import subprocess
import sys

HEADERS = ["N° d'inventaire", "Désignation", "Famille", "Marque", "Modèle", "N° série", "FINESS",
           "Groupe en charge du matériel", "Code UF", "Etat", "Date de mise en service", "Fin de garantie",
           "Fournisseur", "N° commande", "Prix d'achat", "Version logicielle"]
KIND_OF_TEAM = {"BIOMEDICAL": "MEDICAL_DEVICE", "IT": "IT_ITEM", "TECHNICAL": "TECHNICAL"}
STATUSES = ["En service"] * 85 + ["En stock"] * 6 + ["En réparation"] * 3 + ["En prêt"] * 2 + ["Hors service"] * 2 \
    + ["Réformé"] * 2


def query(db, sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-AtX", "-F", "\t", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def main():
    db, output = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    run = sys.argv[4] if len(sys.argv) > 4 else "1"
    rnd = random.Random("asset-import-" + run)
    teams = query(db, """select t.name, t.kind, e.geographic_finess, e.id from dir_team t
        join dir_establishment e on e.id = t.establishment_id
        where not t.archived and not e.archived and t.kind in ('BIOMEDICAL', 'IT', 'TECHNICAL') order by t.name""")
    departments = {}
    for code, establishment in query(db, "select code, establishment_id from dir_department where not archived"):
        departments.setdefault(establishment, []).append(code)
    models = {}
    for kind, code, maker, model in query(db, """select c.kind, c.code, f.name, m.commercial_name from inv_model m
            join inv_category c on c.id = m.category_id join inv_manufacturer f on f.id = m.manufacturer_id
            where not c.archived order by m.id"""):
        models.setdefault(kind, []).append((code, maker, model))
    suppliers = ["Fournisseur import %s-%02d" % (run, i) for i in range(40)]
    with open(output, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\n")
        writer.writerow(HEADERS)
        for i in range(rows):
            name, team_kind, finess, establishment = rnd.choice(teams)
            code, maker, model = rnd.choice(models[KIND_OF_TEAM[team_kind]])
            if rnd.random() < 0.02:
                maker, model = "Fabricant import %s-%d" % (run, rnd.randrange(20)), "Modèle import %d" % rnd.randrange(50)
            year = rnd.randrange(2008, 2026)
            start = "%02d/%02d/%d" % (rnd.randrange(1, 29), rnd.randrange(1, 13), year)
            warranty = "%02d/%02d/%d" % (rnd.randrange(1, 29), rnd.randrange(1, 13), year + rnd.choice([1, 2, 3, 5]))
            cents = rnd.randrange(5_000, 9_000_000)
            cost = ("{:,}".format(cents // 100).replace(",", " ")) + ",%02d" % (cents % 100)
            line = ["IMP-%s-%06d" % (run, i), model, code, maker, model, "SN%s%07d" % (run, i), finess, name,
                    rnd.choice(departments.get(establishment, [""])), rnd.choice(STATUSES), start, warranty,
                    rnd.choice(suppliers), "CMD-%d-%05d" % (year, rnd.randrange(100_000)), cost,
                    "v%d.%d" % (rnd.randrange(1, 9), rnd.randrange(20))]
            if i % 200 == 199:
                wrong = (i // 200) % 3
                if wrong == 0:
                    line[2] = "FAMILLE-INCONNUE"
                elif wrong == 1:
                    line[10] = "31/02/%d" % year
                else:
                    line[14] = "-12,00"
            writer.writerow(line)
    print("wrote %d rows to %s" % (rows, output))


if __name__ == "__main__":
    main()
