-- Impact analysis: the assets hit when asset root is down, up to depth relations away.
-- Every relation type is walked from target to source (the target down hits the source).
-- Cycle protection: UNION drops a (asset, via, level) row already found and the level is
-- bounded, so a cycle is walked at most depth times and each relation at most once per
-- level; the down asset itself is never hit again. Each asset keeps its shortest level
-- and one relation (via) that reaches it there, from which the path is rebuilt.
-- Run as is by ImpactAnalysis (named parameters) and by bench/impact-bench.sh (psql).
with recursive hit (asset_id, via_id, level) as (
    select r.source_id, r.target_id, 1
    from inv_asset_relation r
    where r.target_id = :root and r.removed_at is null
  union
    select r.source_id, r.target_id, h.level + 1
    from hit h
    join inv_asset_relation r on r.target_id = h.asset_id and r.removed_at is null
    where h.level < :depth and r.source_id <> :root
),
first_hit as (
    select distinct on (asset_id) asset_id, via_id, level
    from hit
    order by asset_id, level, via_id
)
select f.asset_id as id, f.via_id, f.level, a.inventory_number,
       coalesce(a.name, m.commercial_name, c.name) || coalesce(' — ' || a.serial_number, '') as label,
       a.kind, a.status, a.establishment_id, a.owner_team_id, a.department_id
from first_hit f
join inv_asset a on a.id = f.asset_id
join inv_category c on c.id = a.category_id
left join inv_model m on m.id = a.model_id
order by f.level, a.inventory_number
