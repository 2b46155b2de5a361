import { describe, expect, it } from "vitest";
import { curlSnippet, fetchSnippet, pythonLiteral, pythonSnippet, shellQuote } from "./snippets";
import type { RequestPlan } from "./requestPlan";

const origin = "https://sluice.example.com";
const get: RequestPlan = { method: "GET", url: `${origin}/api/demo/products?category=books`, headers: [], body: null };
const post: RequestPlan = {
  method: "POST",
  url: `${origin}/api/notes`,
  headers: [["X-Note", `it's "quoted"`]],
  body: { text: `O'Brien said "hi"\n`, count: 2, done: false, tags: ["a"], extra: null },
};

describe("shellQuote and pythonLiteral", () => {
  it("quotes single quotes for a shell", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it("writes Python's literals", () => {
    expect(pythonLiteral({ a: true, b: null, c: [1, "x\"y"] })).toBe('{\n    "a": True,\n    "b": None,\n    "c": [\n        1,\n        "x\\"y",\n    ],\n}');
  });
});

describe("curlSnippet", () => {
  it("calls a public API without a token", () => {
    expect(curlSnippet(get, null)).toBe(`curl -X GET '${origin}/api/demo/products?category=books'`);
  });

  it("gets a token first for a private API and escapes quotes in headers and body", () => {
    const text = curlSnippet(post, { origin, clientId: "cl_123" });
    expect(text).toContain(`TOKEN=$(curl -s -X POST '${origin}/api/token/generate'`);
    expect(text).toContain(`"client_id":"cl_123","client_secret":"YOUR_CLIENT_SECRET","grant_type":"client_credentials"`);
    expect(text).toContain(`-H "Authorization: Bearer $TOKEN"`);
    expect(text).toContain(`-H 'X-Note: it'\\''s "quoted"'`);
    expect(text).toContain(`-d '{"text":"O'\\''Brien said \\"hi\\"\\n","count":2,"done":false,"tags":["a"],"extra":null}'`);
  });
});

describe("fetchSnippet", () => {
  it("calls a public API with the URL as a string literal", () => {
    const text = fetchSnippet(get, null);
    expect(text).toContain(`const response = await fetch("${origin}/api/demo/products?category=books", {`);
    expect(text).not.toContain("Authorization");
  });

  it("gets a token first and escapes quotes", () => {
    const text = fetchSnippet(post, { origin, clientId: null });
    expect(text).toContain(`body: JSON.stringify({"client_id":"YOUR_CLIENT_ID"`);
    expect(text).toContain("Authorization: `Bearer ${access_token}`");
    expect(text).toContain(`"X-Note": "it's \\"quoted\\""`);
    expect(text).toContain(`body: JSON.stringify({"text":"O'Brien said \\"hi\\"\\n","count":2`);
  });
});

describe("pythonSnippet", () => {
  it("calls a public API with requests", () => {
    expect(pythonSnippet(get, null)).toContain(`response = requests.get(\n    "${origin}/api/demo/products?category=books",\n)`);
  });

  it("gets a token first, sends headers and a JSON body with Python's literals", () => {
    const text = pythonSnippet(post, { origin, clientId: "cl_1" });
    expect(text).toContain(`token = requests.post("${origin}/api/token/generate", json={`);
    expect(text).toContain(`headers={"Authorization": f"Bearer {token}", "X-Note": "it's \\"quoted\\""}`);
    expect(text).toContain(`"text": "O'Brien said \\"hi\\"\\n",`);
    expect(text).toContain(`"done": False,`);
    expect(text).toContain(`"extra": None,`);
  });
});
