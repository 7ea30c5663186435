-- CreateEnum
CREATE TYPE "PaymentTender" AS ENUM ('CARD', 'CHEQUE', 'CASH', 'ANCV', 'TRANSFER');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('TO_ISSUE', 'PENDING', 'ISSUED', 'FAILED');

-- AlterTable
ALTER TABLE "Offer" ADD COLUMN     "instalmentThresholdCents" INTEGER;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "cancellationFeeCents" INTEGER,
ADD COLUMN     "holdExpiresAt" TIMESTAMP(3),
ADD COLUMN     "instalmentCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "paidCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "refundedCents" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "receiptNumber" TEXT,
    "bookingId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "tender" "PaymentTender" NOT NULL,
    "status" "PaymentStatus" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "refundedCents" INTEGER NOT NULL DEFAULT 0,
    "receivedAt" TIMESTAMP(3),
    "recordedById" TEXT,
    "cashDeskSessionId" TEXT,
    "stripeCheckoutSessionId" TEXT,
    "stripeCheckoutUrl" TEXT,
    "stripePaymentIntentId" TEXT,
    "checkoutExpiresAt" TIMESTAMP(3),
    "chequeBank" TEXT,
    "chequeNumber" TEXT,
    "chequeHolder" TEXT,
    "transferReference" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AncvVoucher" (
    "id" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "faceValueCents" INTEGER NOT NULL,

    CONSTRAINT "AncvVoucher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "tender" "PaymentTender" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "RefundStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "stripeRefundId" TEXT,
    "createdById" TEXT,
    "issuedAt" TIMESTAMP(3),
    "issuedById" TEXT,
    "issueNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instalment" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "reminderSentAt" TIMESTAMP(3),

    CONSTRAINT "Instalment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CashDeskSession" (
    "id" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "openingFloatCents" INTEGER NOT NULL,
    "closedAt" TIMESTAMP(3),
    "closedById" TEXT,
    "expectedCashCents" INTEGER,
    "countedCashCents" INTEGER,
    "expectedChequeCents" INTEGER,
    "countedChequeCents" INTEGER,
    "expectedAncvCents" INTEGER,
    "countedAncvCents" INTEGER,
    "closingNote" TEXT,

    CONSTRAINT "CashDeskSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceiptCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReceiptCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Payment_receiptNumber_key" ON "Payment"("receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripeCheckoutSessionId_key" ON "Payment"("stripeCheckoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripePaymentIntentId_key" ON "Payment"("stripePaymentIntentId");

-- CreateIndex
CREATE INDEX "Payment_bookingId_status_idx" ON "Payment"("bookingId", "status");

-- CreateIndex
CREATE INDEX "Payment_householdId_receivedAt_idx" ON "Payment"("householdId", "receivedAt");

-- CreateIndex
CREATE INDEX "Payment_status_receivedAt_idx" ON "Payment"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "Payment_cashDeskSessionId_idx" ON "Payment"("cashDeskSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "AncvVoucher_serialNumber_key" ON "AncvVoucher"("serialNumber");

-- CreateIndex
CREATE INDEX "AncvVoucher_paymentId_idx" ON "AncvVoucher"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_stripeRefundId_key" ON "Refund"("stripeRefundId");

-- CreateIndex
CREATE INDEX "Refund_status_createdAt_idx" ON "Refund"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Refund_bookingId_idx" ON "Refund"("bookingId");

-- CreateIndex
CREATE INDEX "Refund_paymentId_idx" ON "Refund"("paymentId");

-- CreateIndex
CREATE INDEX "Instalment_dueDate_idx" ON "Instalment"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Instalment_bookingId_position_key" ON "Instalment"("bookingId", "position");

-- CreateIndex
CREATE INDEX "CashDeskSession_staffId_openedAt_idx" ON "CashDeskSession"("staffId", "openedAt");

-- CreateIndex
CREATE INDEX "Booking_status_holdExpiresAt_idx" ON "Booking"("status", "holdExpiresAt");

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_cashDeskSessionId_fkey" FOREIGN KEY ("cashDeskSessionId") REFERENCES "CashDeskSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AncvVoucher" ADD CONSTRAINT "AncvVoucher_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instalment" ADD CONSTRAINT "Instalment_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Money rules the database keeps whatever the code does.
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amounts_check"
  CHECK ("amountCents" > 0 AND "refundedCents" >= 0 AND "refundedCents" <= "amountCents");
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_amount_check" CHECK ("amountCents" > 0);
ALTER TABLE "AncvVoucher" ADD CONSTRAINT "AncvVoucher_face_value_check" CHECK ("faceValueCents" > 0);
ALTER TABLE "Instalment" ADD CONSTRAINT "Instalment_amount_check"
  CHECK ("amountCents" > 0 AND "position" >= 1);
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_money_check"
  CHECK ("paidCents" >= 0 AND "refundedCents" >= 0 AND "refundedCents" <= "paidCents"
    AND "instalmentCount" BETWEEN 1 AND 4
    AND ("cancellationFeeCents" IS NULL OR "cancellationFeeCents" >= 0));
ALTER TABLE "CashDeskSession" ADD CONSTRAINT "CashDeskSession_amounts_check"
  CHECK ("openingFloatCents" >= 0 AND ("countedCashCents" IS NULL OR "countedCashCents" >= 0));
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_instalment_threshold_check"
  CHECK ("instalmentThresholdCents" IS NULL OR "instalmentThresholdCents" > 0);

-- One open cash desk per staff member.
CREATE UNIQUE INDEX "CashDeskSession_one_open_per_staff"
  ON "CashDeskSession" ("staffId") WHERE "closedAt" IS NULL;
