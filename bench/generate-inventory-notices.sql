-- The safety notice of the matching bench (bench/NoticeMatchBench.java runs this inside its own
-- transaction, after bench/generate-inventory.sql filled the register, and rolls it back): 2 device
-- identifiers (the two models with the most medical devices), 10 serial ranges (200 numbers around
-- serials of those models' devices, spread over them, each written with the shape of its serial) and
-- 50 lots (up to 40 of those devices' lots, completed with lots nobody has).
insert into inv_safety_notice (source, reference, title, received_on, required_action, status, group_wide,
    created_at, created_by, last_modified_at, last_modified_by)
values ('MANUFACTURER_FSN', 'BENCH-NOTICE-MATCH', 'Bench: matching a notice', current_date, 'Check the device',
    'OPEN', true, now(), 'bench-generator', now(), 'bench-generator');

insert into inv_safety_notice_criterion (notice_id, kind, value, created_at, created_by, last_modified_at, last_modified_by)
select currval(pg_get_serial_sequence('inv_safety_notice', 'id')), 'DEVICE_IDENTIFIER',
    coalesce(m.device_identifier,
        (select a.udi_device_identifier from inv_asset a where a.model_id = m.id and a.udi_device_identifier is not null limit 1),
        lpad(m.id::text, 14, '0')),
    now(), 'bench-generator', now(), 'bench-generator'
from (select model_id from inv_asset where kind = 'MEDICAL_DEVICE' and model_id is not null
      group by model_id order by count(*) desc limit 2) t
join inv_model m on m.id = t.model_id;

insert into inv_safety_notice_criterion (notice_id, kind, value, value_to, created_at, created_by, last_modified_at,
    last_modified_by)
select currval(pg_get_serial_sequence('inv_safety_notice', 'id')), 'SERIAL_RANGE',
    replace(s.serial_shape, '#', greatest(s.serial_value - 100, 0)::text), replace(s.serial_shape, '#', (s.serial_value + 100)::text),
    now(), 'bench-generator', now(), 'bench-generator'
from (select a.serial_shape, a.serial_value, row_number() over (order by a.id) as n, count(*) over () as total
      from inv_asset a join inv_model m on m.id = a.model_id
      join inv_safety_notice_criterion c on c.kind = 'DEVICE_IDENTIFIER'
       and c.notice_id = currval(pg_get_serial_sequence('inv_safety_notice', 'id'))
       and inv_device_identifier_key(c.value) in (inv_device_identifier_key(m.device_identifier), a.udi_key)
      where a.kind = 'MEDICAL_DEVICE' and a.serial_shape is not null) s
where s.n % greatest(s.total / 10, 1) = 0
limit 10;

insert into inv_safety_notice_criterion (notice_id, kind, value, created_at, created_by, last_modified_at, last_modified_by)
select currval(pg_get_serial_sequence('inv_safety_notice', 'id')), 'LOT', l.lot, now(), 'bench-generator', now(),
    'bench-generator'
from (
    select lot from (select distinct a.lot_number as lot from inv_asset a join inv_model m on m.id = a.model_id
        join inv_safety_notice_criterion c on c.kind = 'DEVICE_IDENTIFIER'
         and c.notice_id = currval(pg_get_serial_sequence('inv_safety_notice', 'id'))
         and inv_device_identifier_key(c.value) in (inv_device_identifier_key(m.device_identifier), a.udi_key)
        where a.lot_number is not null limit 40) known
    union all
    select 'BENCH-LOT-' || n from generate_series(1, 50) n
    limit 50
) l;
