-- What a new device of the model costs today (issue #24, repair vs replace): the replacement plan
-- weighs repair costs against it. Null: unknown, and the plan falls back on what the device cost.
ALTER TABLE device_models ADD COLUMN replacement_cost DECIMAL(12,2);
