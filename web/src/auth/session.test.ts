import { describe, expect, it } from "vitest";
import { loginPath, nextPath } from "./session";

describe("loginPath", () => {
  it("carries the page to come back to", () => {
    expect(loginPath("/apis/12?tab=versions")).toBe("/login?next=%2Fapis%2F12%3Ftab%3Dversions");
  });

  it("needs no next for the overview or the login page itself", () => {
    expect(loginPath("/")).toBe("/login");
    expect(loginPath("/login?next=%2Fapis")).toBe("/login");
  });
});

describe("nextPath", () => {
  it("returns to the page that asked for a session", () => {
    expect(nextPath("?next=%2Fapis%2F12%3Ftab%3Dversions")).toBe("/apis/12?tab=versions");
  });

  it("goes to the overview without next", () => {
    expect(nextPath("")).toBe("/");
  });

  it("never leaves the app", () => {
    expect(nextPath("?next=https%3A%2F%2Fevil.example.com")).toBe("/");
    expect(nextPath("?next=%2F%2Fevil.example.com")).toBe("/");
    expect(nextPath("?next=%2F%5Cevil.example.com")).toBe("/");
  });
});
