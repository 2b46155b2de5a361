import { describe, expect, it } from "vitest";
import { emptyForm, fieldsFor, formOf, optionsObject, requestBody, type DatasourceForm } from "./datasourceForm";

function form(changes: Partial<DatasourceForm>): DatasourceForm {
  return { ...emptyForm(), ...changes };
}

describe("fieldsFor", () => {
  it("shows every connection field for server engines", () => {
    expect(fieldsFor("postgres")).toEqual(["host", "port", "database", "username", "password"]);
    expect(fieldsFor("mysql")).toEqual(["host", "port", "database", "username", "password"]);
  });

  it("shows only the database file for file engines", () => {
    expect(fieldsFor("sqlite")).toEqual(["database"]);
    expect(fieldsFor("duckdb")).toEqual(["database"]);
  });
});

describe("requestBody", () => {
  const postgres = form({ name: " shop ", product_type: "postgres", host: "db", port: "5432", database: "shop", username: "app" });

  it("sends the typed password on create", () => {
    const body = requestBody({ ...postgres, password: "s3cret" }, false);
    expect(body).toMatchObject({ name: "shop", host: "db", port: 5432, database: "shop", username: "app", password: "s3cret" });
  });

  it("leaves an empty password out on edit, so the saved one is kept", () => {
    const body = requestBody({ ...postgres, password: "" }, true);
    expect(body).not.toHaveProperty("password");
  });

  it("sends a new password on edit", () => {
    expect(requestBody({ ...postgres, password: "new" }, true).password).toBe("new");
  });

  it("sends a port that is not a number as typed, for the server to name the problem", () => {
    expect(requestBody({ ...postgres, port: "abc" }, false).port).toBe("abc");
    expect(requestBody({ ...postgres, port: "" }, false)).not.toHaveProperty("port");
  });

  it("sends no server fields for a file engine", () => {
    const body = requestBody(form({ name: "files", product_type: "sqlite", host: "left-over", username: "x", password: "y", database: "/data/a.db" }), false);
    expect(body).toEqual({ name: "files", product_type: "sqlite", database: "/data/a.db", options: undefined, description: "", is_active: true });
  });

  it("turns option rows into an object and clears options on edit when every row is gone", () => {
    const rows = [{ key: "sslmode", value: "require" }, { key: " ", value: "ignored" }, { key: "unrestricted", value: "true" }];
    expect(requestBody({ ...postgres, options: rows }, false).options).toEqual({ sslmode: "require", unrestricted: true });
    expect(requestBody({ ...postgres, options: [] }, true).options).toBeNull();
    expect(requestBody({ ...postgres, options: [] }, false).options).toBeUndefined();
  });
});

describe("optionsObject", () => {
  it("keeps text values and makes true/false booleans", () => {
    expect(optionsObject([{ key: "a", value: "1" }, { key: "b", value: "false" }])).toEqual({ a: "1", b: false });
    expect(optionsObject([])).toBeNull();
  });
});

describe("formOf", () => {
  it("fills the form from a saved datasource without a password", () => {
    const filled = formOf({ id: 1, name: "demo", product_type: "sqlite", database: "demo.db", port: null, has_password: true, options: { cache: "shared" }, is_active: false });
    expect(filled).toMatchObject({ name: "demo", product_type: "sqlite", database: "demo.db", port: "", password: "", is_active: false });
    expect(filled.options).toEqual([{ key: "cache", value: "shared" }]);
  });
});
