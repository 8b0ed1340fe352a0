-- Records what a notice matches (inv_affected_asset), keeping the progress of rows already
-- there, marking the rows no longer matched, stamping the notice. The marker below is
-- notice-matches.sql. Read by NoticeMatcher and by bench/NoticeMatchBench.java.
-- Parameters :notice, :now, :by.
with matches as (/*MATCHES*/),
upserted as (
 insert into inv_affected_asset (notice_id, asset_id, matched_by, matched_criterion, matched_value,
  product_match, doubt, confirmation, in_scope, action_status, matched_at, version, created_at, created_by,
  last_modified_at, last_modified_by)
 select :notice, m.asset_id, m.matched_by, left(m.matched_criterion, 420), left(m.matched_value, 200),
  m.product_match, m.doubt, case when m.doubt is null then 'NOT_NEEDED' else 'PENDING' end, true,
  'TO_CHECK', :now, 0, :now, :by, :now, :by
 from matches m
 on conflict (notice_id, asset_id) do update set matched_by = excluded.matched_by,
  matched_criterion = excluded.matched_criterion, matched_value = excluded.matched_value,
  product_match = excluded.product_match, doubt = excluded.doubt, in_scope = true,
  confirmation = case
   when inv_affected_asset.confirmation = 'NOT_NEEDED' and excluded.doubt is not null then 'PENDING'
   when inv_affected_asset.confirmation = 'PENDING' and excluded.doubt is null then 'NOT_NEEDED'
   else inv_affected_asset.confirmation end
 returning asset_id, (xmax = 0) as added
),
dropped as (
 update inv_affected_asset f set in_scope = false
 where f.notice_id = :notice and f.in_scope and not exists (select 1 from upserted u where u.asset_id = f.asset_id)
 returning f.id
),
stamped as (update inv_safety_notice set last_matched_at = :now where id = :notice returning id)
select (select count(*) from upserted) as matched, (select count(*) from upserted where added) as added,
 (select count(*) from dropped) as dropped, (select count(*) from stamped) as stamped
