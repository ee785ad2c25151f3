-- What each dataset's figures measure (lib/reference/units.ts): a share of GDP (the pledges), a share of defence
-- expenditure (NATO's 20% equipment guideline), a share of government spending, or constant 2024 US$ millions.
CREATE TYPE "Unit" AS ENUM ('percent_of_gdp', 'percent_of_defence_expenditure', 'percent_of_government_spending', 'usd_constant_2024_millions');

ALTER TABLE "datasets" ALTER COLUMN "unit" DROP DEFAULT;
ALTER TABLE "datasets" ALTER COLUMN "unit" TYPE "Unit" USING "unit"::"Unit";
ALTER TABLE "datasets" ALTER COLUMN "unit" SET DEFAULT 'percent_of_gdp';

-- The unit a reference line is drawn in: the 2% and 3.5% pledges are shares of GDP, the 20% guideline is not.
ALTER TABLE "reference_targets" ADD COLUMN "unit" "Unit" NOT NULL DEFAULT 'percent_of_gdp';

-- Amounts in US$ millions need more integer digits than shares (the United States: about 1,000,000).
ALTER TABLE "observations" ALTER COLUMN "value" TYPE DECIMAL(16,6);
