-- The printed form of a manage link: the front desk's confirmation carries a short code the person
-- can type (<portal>/t/<code>). The manage token is stored only as its hash, so the code's row holds
-- the token sealed with a key derived from the code (AES-256-GCM): readable with the code, never
-- without it. The code itself is stored only as its hash.

-- CreateTable
CREATE TABLE "manage_code" (
    "appointment_id" UUID NOT NULL,
    "code_hash" TEXT NOT NULL,
    "sealed_token" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "manage_code_pkey" PRIMARY KEY ("appointment_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "manage_code_code_hash_key" ON "manage_code"("code_hash");

-- AddForeignKey
ALTER TABLE "manage_code" ADD CONSTRAINT "manage_code_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
