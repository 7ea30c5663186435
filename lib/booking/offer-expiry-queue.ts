/** The pg-boss queue that expires waiting-list offers at their deadline. */
export const BOOKING_OFFER_EXPIRY_QUEUE = "booking-offer-expiry";
