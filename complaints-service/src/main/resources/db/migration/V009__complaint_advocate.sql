-- An advocate may act for any complainant (DOMAIN §2): the advocacy service's reference, when one acts.
ALTER TABLE complaint ADD COLUMN advocate_reference varchar(64);
