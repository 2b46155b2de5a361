import { useEffect, useState } from "react";

export type ThemeChoice = "system" | "light" | "dark";

const key = "sluice.theme";

function stored(): ThemeChoice {
  const value = window.localStorage.getItem(key);
  return value === "light" || value === "dark" ? value : "system";
}

/** The chosen theme ("system" follows the operating system), kept in localStorage and applied
 * as `data-theme` on the root element (the stylesheet reads it). */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(stored);
  useEffect(() => {
    const root = document.documentElement;
    if (choice === "system") {
      window.localStorage.removeItem(key);
      delete root.dataset["theme"];
    } else {
      window.localStorage.setItem(key, choice);
      root.dataset["theme"] = choice;
    }
  }, [choice]);
  return [choice, setChoice];
}
