-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "OfferKind" AS ENUM ('TRIP', 'RENTAL', 'TICKET', 'ACTIVITY');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "SubsidyKind" AS ENUM ('RATE', 'AMOUNT');

-- CreateEnum
CREATE TYPE "BookingMode" AS ENUM ('FIRST_COME', 'PRE_REGISTRATION', 'CAMPAIGN');

-- CreateEnum
CREATE TYPE "SessionAudience" AS ENUM ('CHILDREN', 'ADULTS', 'EVERYONE');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('PENDING', 'CONFIRMED', 'WAITING', 'OFFERED', 'REFUSED', 'CANCELLED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "ParticipantCategory" AS ENUM ('ADULT', 'CHILD');

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OfferKind" NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "organiser" TEXT NOT NULL,
    "venue" TEXT,
    "placeLabel" TEXT NOT NULL,
    "communeCode" TEXT,
    "departmentCode" TEXT,
    "priceNote" TEXT,
    "subsidyKind" "SubsidyKind" NOT NULL DEFAULT 'RATE',
    "subsidyCapCents" INTEGER,
    "sourceUrls" TEXT[],
    "sourceNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferSubsidy" (
    "offerId" TEXT NOT NULL,
    "bracketPosition" INTEGER NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "OfferSubsidy_pkey" PRIMARY KEY ("offerId","bracketPosition")
);

-- CreateTable
CREATE TABLE "CancellationTier" (
    "offerId" TEXT NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "retainedPercent" INTEGER NOT NULL,

    CONSTRAINT "CancellationTier_pkey" PRIMARY KEY ("offerId","daysBefore")
);

-- CreateTable
CREATE TABLE "OfferSession" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "label" TEXT,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "capacity" INTEGER NOT NULL,
    "confirmedPlaces" INTEGER NOT NULL DEFAULT 0,
    "offeredPlaces" INTEGER NOT NULL DEFAULT 0,
    "audience" "SessionAudience" NOT NULL DEFAULT 'EVERYONE',
    "minAge" INTEGER,
    "maxAge" INTEGER,
    "adultPriceCents" INTEGER,
    "childPriceCents" INTEGER,
    "mode" "BookingMode" NOT NULL DEFAULT 'FIRST_COME',
    "bookingOpensAt" TIMESTAMP(3) NOT NULL,
    "bookingClosesAt" TIMESTAMP(3) NOT NULL,
    "cancellationDeadline" DATE NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OfferSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "places" INTEGER NOT NULL,
    "queuedAt" TIMESTAMP(3),
    "offerExpiresAt" TIMESTAMP(3),
    "bracketPosition" INTEGER NOT NULL,
    "publicPriceCents" INTEGER NOT NULL,
    "subsidyCents" INTEGER NOT NULL,
    "memberShareCents" INTEGER NOT NULL,
    "refusalReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingParticipant" (
    "id" TEXT NOT NULL,
    "bookingId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "memberId" TEXT,
    "dependantId" TEXT,
    "category" "ParticipantCategory" NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "publicPriceCents" INTEGER NOT NULL,
    "subsidyCents" INTEGER NOT NULL,
    "memberShareCents" INTEGER NOT NULL,

    CONSTRAINT "BookingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Offer_slug_key" ON "Offer"("slug");

-- CreateIndex
CREATE INDEX "Offer_status_kind_idx" ON "Offer"("status", "kind");

-- CreateIndex
CREATE INDEX "OfferSession_offerId_startDate_idx" ON "OfferSession"("offerId", "startDate");

-- CreateIndex
CREATE INDEX "OfferSession_startDate_idx" ON "OfferSession"("startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_reference_key" ON "Booking"("reference");

-- CreateIndex
CREATE INDEX "Booking_sessionId_status_queuedAt_idx" ON "Booking"("sessionId", "status", "queuedAt");

-- CreateIndex
CREATE INDEX "Booking_householdId_createdAt_idx" ON "Booking"("householdId", "createdAt");

-- CreateIndex
CREATE INDEX "Booking_status_createdAt_idx" ON "Booking"("status", "createdAt");

-- CreateIndex
CREATE INDEX "BookingParticipant_bookingId_idx" ON "BookingParticipant"("bookingId");

-- CreateIndex
CREATE INDEX "BookingParticipant_sessionId_idx" ON "BookingParticipant"("sessionId");

-- CreateIndex
CREATE INDEX "BookingParticipant_dependantId_idx" ON "BookingParticipant"("dependantId");

-- CreateIndex
CREATE INDEX "BookingParticipant_memberId_idx" ON "BookingParticipant"("memberId");

-- AddForeignKey
ALTER TABLE "OfferSubsidy" ADD CONSTRAINT "OfferSubsidy_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CancellationTier" ADD CONSTRAINT "CancellationTier_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferSession" ADD CONSTRAINT "OfferSession_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "OfferSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingParticipant" ADD CONSTRAINT "BookingParticipant_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingParticipant" ADD CONSTRAINT "BookingParticipant_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingParticipant" ADD CONSTRAINT "BookingParticipant_dependantId_fkey" FOREIGN KEY ("dependantId") REFERENCES "Dependant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Places are counted under the session row lock, and these checks are the last
-- line of defence if code ever got the arithmetic wrong.
ALTER TABLE "OfferSession"
  ADD CONSTRAINT "OfferSession_places_check"
  CHECK ("capacity" >= 0 AND "confirmedPlaces" >= 0 AND "offeredPlaces" >= 0
         AND "confirmedPlaces" + "offeredPlaces" <= "capacity");
ALTER TABLE "OfferSession"
  ADD CONSTRAINT "OfferSession_dates_check" CHECK ("endDate" >= "startDate");
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_places_check" CHECK ("places" > 0);
ALTER TABLE "Booking"
  ADD CONSTRAINT "Booking_amounts_check"
  CHECK ("subsidyCents" >= 0 AND "memberShareCents" >= 0
         AND "subsidyCents" + "memberShareCents" = "publicPriceCents");
ALTER TABLE "BookingParticipant"
  ADD CONSTRAINT "BookingParticipant_person_check"
  CHECK (("memberId" IS NULL) <> ("dependantId" IS NULL));
