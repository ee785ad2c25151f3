-- NATO's "core defence expenditure" (The Hague 2025 definition, first published in the July 2026 edition of
-- "Defence Expenditure of NATO Countries") is a separate basis from the old NATO definition.
-- ALTER TYPE ... ADD VALUE may run inside the migration's transaction (PostgreSQL >= 12); the new value is not
-- used in this migration, only by later transactions (the shipped-data import).

-- AlterEnum
ALTER TYPE "Definition" ADD VALUE 'NATO_CORE';
