import { describe, expect, it } from "vitest";
import { MAX_CENTS, MAX_QUANTITY } from "./draft";
import { AMOUNT_MAX_CENTS, checkItemFields, describeFieldPath, locateFieldError, QUANTITY_MAX } from "./item-fields";

const usd = (cents: number) => `$${(cents / 100).toFixed(2)}`;
const check = (quantity: string, price: string, discount = "") => checkItemFields({ quantity, price, discount }, usd);

describe("checkItemFields", () => {
  it("uses the schema's bounds", () => {
    expect(QUANTITY_MAX).toBe(MAX_QUANTITY);
    expect(AMOUNT_MAX_CENTS).toBe(MAX_CENTS);
  });

  it("reads quantity, price and discount", () => {
    expect(check("2", "159.99", "10")).toEqual({ ok: true, values: { quantity: 2, priceCents: 15999, discountCents: 1000 } });
    expect(check(" 4 ", "", "")).toEqual({ ok: true, values: { quantity: 4, priceCents: null, discountCents: 0 } });
  });

  it("lets the quantity box be empty while typing, as an error rather than a silent 1 (issue 18: typing 4 gave 14)", () => {
    expect(check("", "10")).toEqual({ ok: false, errors: { quantity: "Enter a quantity from 1 to 99" } });
    for (const q of ["0", "100", "1.5", "-1", "e"]) expect(check(q, "10").ok, q).toBe(false);
  });

  it("names a discount larger than its line, with both amounts", () => {
    expect(check("1", "89.99", "100")).toEqual({ ok: false, errors: { discount: "$100.00 is more than this line's $89.99" } });
    expect(check("2", "89.99", "100").ok).toBe(true);
    // An unknown price has no line to exceed.
    expect(check("1", "", "100").ok).toBe(true);
  });

  it("refuses malformed and out-of-range amounts at the box", () => {
    expect(check("1", "12.345")).toMatchObject({ ok: false, errors: { price: expect.stringContaining("like 129.99") } });
    expect(check("1", "999999999")).toMatchObject({ ok: false, errors: { price: "Price is at most $20000000.00" } });
  });
});

describe("locateFieldError", () => {
  it("finds the line and box of the API's field paths", () => {
    expect(locateFieldError("items.3.discountCents")).toEqual({ index: 3, field: "discount" });
    expect(locateFieldError("items.0.quantity")).toEqual({ index: 0, field: "quantity" });
    expect(locateFieldError("items.2.custom.specs")).toEqual({ index: 2, field: null });
    expect(locateFieldError("name")).toBeNull();
  });

  it("names a path in words", () => {
    expect(describeFieldPath("items.3.discountCents")).toBe("Line 4, discount");
    expect(describeFieldPath("items.0.custom.specs")).toBe("Line 1");
    expect(describeFieldPath("name")).toBe("Build name");
  });
});
