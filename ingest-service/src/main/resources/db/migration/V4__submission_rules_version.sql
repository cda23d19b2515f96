-- The rules version of the verdict a submission's status comes from: a re-validation's verdict (newer version)
-- replaces it, an older verdict arriving late does not.
alter table submission add column rules_version varchar(40);
