-- The assets a safety notice matches, one row each, with why and how surely. Read by
-- org.socle.inventory.notice.NoticeMatcher and by bench/NoticeMatchBench.java: one text.
-- Parameter :notice. Every criterion meets the assets through an index of V94's keys.
with c as (
    select id, kind, model_id, value, value_to, date_from, date_to,
        case kind when 'SERIAL' then inv_serial_key(value) when 'LOT' then inv_lot_key(value)
            when 'SOFTWARE_VERSION' then inv_version_key(value)
            when 'DEVICE_IDENTIFIER' then inv_device_identifier_key(value)
            when 'ALIAS' then inv_name_key(value) end as k,
        case when kind = 'SERIAL_RANGE' then inv_serial_shape(value) end as shape,
        case when kind = 'SERIAL_RANGE' then least(inv_serial_value(value), inv_serial_value(value_to)) end as lo,
        case when kind = 'SERIAL_RANGE' then greatest(inv_serial_value(value), inv_serial_value(value_to)) end as hi
    from inv_safety_notice_criterion where notice_id = :notice
),
flags as (
    select bool_or(kind in ('SERIAL', 'SERIAL_RANGE', 'LOT', 'SOFTWARE_VERSION', 'MANUFACTURED_BETWEEN')) as units,
        bool_or(kind in ('MODEL', 'ALIAS', 'DEVICE_IDENTIFIER')) as products
    from c
),
-- The models the product criteria name, each once, by its strongest reason (a name or alias
-- is the weakest).
named_models as (
    select m.id as model_id, c.kind, m.commercial_name as label from c join inv_model m on c.kind = 'MODEL' and m.id = c.model_id
    union all
    select m.id, c.kind, c.value from c join inv_model m
        on c.kind = 'ALIAS' and (inv_name_key(m.commercial_name) = c.k or inv_name_key(m.common_name) = c.k)
    union all
    select al.model_id, c.kind, c.value from c join inv_model_alias al on c.kind = 'ALIAS' and inv_name_key(al.alias) = c.k
    union all
    select m.id, c.kind, c.value from c join inv_model m
        on c.kind = 'DEVICE_IDENTIFIER' and inv_device_identifier_key(m.device_identifier) = c.k
),
product_models as materialized (
    select distinct on (model_id) model_id, kind, label from named_models order by model_id, kind = 'ALIAS'
),
-- The device identifiers the notice names, as compared with the assets' own UDI-DI.
identifiers as materialized (
    select distinct k from c where kind = 'DEVICE_IDENTIFIER' and k is not null
),
-- The manufacturers the notice names: its own (by id or by name), and those of its models.
makers as materialized (
    select n.manufacturer_id as id from inv_safety_notice n where n.id = :notice and n.manufacturer_id is not null
    union
    select f.id from inv_safety_notice n join inv_manufacturer f on inv_name_key(f.name) = inv_name_key(n.manufacturer_name)
        where n.id = :notice
    union
    select m.manufacturer_id from product_models p join inv_model m on m.id = p.model_id
),
-- Units: serials, ranges (same shape only), lots, software versions, manufacturing dates.
unit_hits as (
    select a.id as asset_id, c.kind, c.value as criterion, a.serial_number as matched,
        upper(btrim(a.serial_number)) <> upper(btrim(c.value)) as normalised, 1 as rank
    from c join inv_asset a on c.kind = 'SERIAL' and a.serial_key = c.k
    union all
    select a.id, c.kind, c.value || ' – ' || c.value_to, a.serial_number, false, 2
    from c join inv_asset a on c.kind = 'SERIAL_RANGE' and a.serial_shape = c.shape and a.serial_value between c.lo and c.hi
    union all
    select a.id, c.kind, c.value, a.lot_number, upper(btrim(a.lot_number)) <> upper(btrim(c.value)), 3
    from c join inv_asset a on c.kind = 'LOT' and a.lot_key = c.k
    union all
    select a.id, c.kind, c.value, a.software_version, false, 4
    from c join inv_asset a on c.kind = 'SOFTWARE_VERSION' and a.software_key = c.k
    union all
    select a.id, c.kind, c.date_from || ' – ' || c.date_to, a.manufactured_on::text, false, 5
    from c join inv_asset a on c.kind = 'MANUFACTURED_BETWEEN' and a.manufactured_on between c.date_from and c.date_to
),
best_unit as (
    select distinct on (asset_id) * from unit_hits order by asset_id, normalised, rank
),
-- With unit criteria: the unit, then the product it belongs to (or why that is in doubt).
by_unit as (
    select u.asset_id, u.kind as matched_by, u.criterion as matched_criterion, u.matched as matched_value,
        coalesce(p.kind, case when not f.products and mk.id is not null then 'MANUFACTURER' end) as product_match,
        case
            when p.kind is not null or (not f.products and mk.id is not null) then
                case when u.normalised then 'NORMALISED' end
            when a.model_id is null then 'UNKNOWN_MODEL'
            when f.products and mk.id is not null then 'OTHER_MODEL'
            when not f.products and not exists (select 1 from makers) then 'NO_PRODUCT_GIVEN'
        end as doubt,
        p.kind is null and a.model_id is not null and mk.id is null
            and (f.products or exists (select 1 from makers)) as other_product
    from best_unit u
    cross join flags f
    join inv_asset a on a.id = u.asset_id
    left join inv_model m on m.id = a.model_id
    left join makers mk on mk.id = m.manufacturer_id
    left join product_models pm on pm.model_id = a.model_id
    left join identifiers di on di.k = a.udi_key
    cross join lateral (select coalesce(nullif(pm.kind, 'ALIAS'),
        case when di.k is not null then 'DEVICE_IDENTIFIER' end, pm.kind) as kind) p
    where a.status <> 'DISPOSED'
),
-- Without unit criteria: every asset of the products named.
product_hits as (
    select a.id as asset_id, pm.kind, pm.label, coalesce(a.udi_device_identifier, mo.commercial_name) as matched
    from product_models pm join inv_asset a on a.model_id = pm.model_id join inv_model mo on mo.id = a.model_id
    where a.status <> 'DISPOSED' and not (select coalesce(units, false) from flags)
    union all
    select a.id, 'DEVICE_IDENTIFIER', a.udi_device_identifier, a.udi_device_identifier
    from identifiers di join inv_asset a on a.udi_key = di.k
    where a.status <> 'DISPOSED' and not (select coalesce(units, false) from flags)
),
by_product as (
    select distinct on (asset_id) asset_id, kind as matched_by, label as matched_criterion, matched as matched_value,
        kind as product_match, case when kind = 'ALIAS' then 'NAME_ONLY' end as doubt
    from product_hits order by asset_id, kind = 'ALIAS'
)
select asset_id, matched_by, matched_criterion, matched_value, product_match, doubt
from by_unit where not other_product
union all
select asset_id, matched_by, matched_criterion, matched_value, product_match, doubt from by_product
