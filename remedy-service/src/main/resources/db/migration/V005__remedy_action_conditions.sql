-- An agreed action keeps the conditions it is to be carried out under, in the decision's words (for a
-- reassessment, e.g. keeping the children's contact with professionals to a minimum), written as a
-- plain JSON array of texts (StoredTexts). Actions stored before had none: they read as an empty list.
ALTER TABLE remedy_action ADD COLUMN conditions jsonb NOT NULL DEFAULT '[]';

-- An action's words now come from complaints-service as the decision recorded them, bounded as every
-- narrative and name is (Bounds: 10,000 and 200 characters), and an action's first timeline entry
-- quotes its description, so the columns take what those bounds allow. Widening a varchar rewrites nothing.
ALTER TABLE remedy_action ALTER COLUMN description TYPE varchar(10000);
ALTER TABLE remedy_action ALTER COLUMN owner TYPE varchar(200);
ALTER TABLE remedy_timeline ALTER COLUMN note TYPE varchar(10000);
