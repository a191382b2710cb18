-- A remedy may ask for a carer's assessment (a parent carer, Children Act 1989 s17ZD, or a young carer,
-- s17ZA) of a carer it names: the assessment keeps the carer's record reference beside the child's.
-- Empty for every assessment of a child, and for every assessment stored before it.
ALTER TABLE assessment ADD COLUMN carer_ref varchar(32);
