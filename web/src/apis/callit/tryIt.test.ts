import { describe, expect, it } from "vitest";
import { fetchInit, readBody } from "./tryIt";

describe("fetchInit", () => {
  it("sends headers, the token and a JSON body", () => {
    const init = fetchInit({ method: "POST", url: "u", headers: [["X-A", "1"]], body: { a: 1 } }, "tok");
    expect(init).toEqual({
      method: "POST",
      headers: { Accept: "application/json", "X-A": "1", Authorization: "Bearer tok", "Content-Type": "application/json" },
      body: '{"a":1}',
      cache: "no-store",
    });
  });

  it("sends no body on GET, which browsers refuse", () => {
    expect(fetchInit({ method: "GET", url: "u", headers: [], body: { a: 1 } }, null).body).toBeUndefined();
  });
});

describe("readBody", () => {
  it("pretty-prints JSON and counts the envelope's rows", () => {
    expect(readBody('{"success":true,"data":[{"id":1},{"id":2}]}')).toEqual({
      body: '{\n  "success": true,\n  "data": [\n    {\n      "id": 1\n    },\n    {\n      "id": 2\n    }\n  ]\n}',
      rowCount: 2,
    });
  });

  it("keeps text that is not JSON", () => {
    expect(readBody("Bad gateway")).toEqual({ body: "Bad gateway", rowCount: null });
  });
});
