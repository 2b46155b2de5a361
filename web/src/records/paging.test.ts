import { describe, expect, it } from "vitest";
import { pageSpan, readPaging, spanLabel, writePaging } from "./paging";

describe("readPaging", () => {
  it("reads the page and an offered page size", () => {
    expect(readPaging(new URLSearchParams("page=3&page_size=100"))).toEqual({ page: 3, pageSize: 100 });
  });

  it("falls back to the first page of 50 for anything else", () => {
    expect(readPaging(new URLSearchParams("page=0&page_size=7"))).toEqual({ page: 1, pageSize: 50 });
    expect(readPaging(new URLSearchParams("page=-2&page_size=abc"))).toEqual({ page: 1, pageSize: 50 });
    expect(readPaging(new URLSearchParams("page=1.5&page_size=1000"))).toEqual({ page: 1, pageSize: 50 });
  });
});

describe("writePaging", () => {
  it("leaves the defaults out and replaces earlier values", () => {
    const params = new URLSearchParams("path=x&page=4");
    writePaging(params, { page: 1, pageSize: 50 });
    expect(params.toString()).toBe("path=x");
    writePaging(params, { page: 2, pageSize: 25 });
    expect(params.toString()).toBe("path=x&page=2&page_size=25");
  });
});

describe("pageSpan", () => {
  it("places a full middle page", () => {
    const span = pageSpan({ page: 2, pageSize: 50 }, 1234, 50);
    expect(span).toMatchObject({ first: 51, last: 100, pages: 25, hasPrevious: true, hasNext: true, pastEnd: false });
    expect(spanLabel(span)).toBe("51–100 of 1,234");
  });

  it("ends at the last row", () => {
    const span = pageSpan({ page: 25, pageSize: 50 }, 1234, 34);
    expect(span).toMatchObject({ first: 1201, last: 1234, hasNext: false });
  });

  it("has no next page when the rows fill the page exactly", () => {
    expect(pageSpan({ page: 2, pageSize: 25 }, 50, 25).hasNext).toBe(false);
  });

  it("shows an empty list as 0 of 0 with one page", () => {
    const span = pageSpan({ page: 1, pageSize: 50 }, 0, 0);
    expect(span).toMatchObject({ pages: 1, hasPrevious: false, hasNext: false, pastEnd: false });
    expect(spanLabel(span)).toBe("0 of 0");
  });

  it("notices a page past the end", () => {
    const span = pageSpan({ page: 9, pageSize: 50 }, 120, 0);
    expect(span).toMatchObject({ pastEnd: true, pages: 3, hasPrevious: true, hasNext: false });
  });
});
