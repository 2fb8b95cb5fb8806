-- Which engagement provides a partner's support group is the marketplace's to say (issue #21):
-- it moves from a column of the desk's support_groups to a link table the market owns, so the
-- market writes no other feature's table. A group is provided by one engagement at most; an ended
-- engagement keeps its groups until another engagement takes them.
CREATE TABLE engagement_groups (
  group_id       BIGINT       NOT NULL PRIMARY KEY,
  tenant_id      BIGINT       NOT NULL,
  engagement_id  BIGINT       NOT NULL,
  CONSTRAINT fk_engagement_groups_group FOREIGN KEY (group_id) REFERENCES support_groups (id),
  CONSTRAINT fk_engagement_groups_engagement FOREIGN KEY (engagement_id) REFERENCES engagements (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_engagement_groups_engagement ON engagement_groups (tenant_id, engagement_id);

INSERT INTO engagement_groups (group_id, tenant_id, engagement_id)
  SELECT id, tenant_id, engagement_id FROM support_groups WHERE engagement_id IS NOT NULL;

ALTER TABLE support_groups DROP FOREIGN KEY fk_support_groups_engagement;
ALTER TABLE support_groups DROP COLUMN engagement_id;
