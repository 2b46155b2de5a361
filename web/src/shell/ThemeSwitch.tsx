import { useTheme, type ThemeChoice } from "./theme";

/** Picks the light, dark or system theme. */
export function ThemeSwitch() {
  const [choice, setChoice] = useTheme();
  return (
    <label className="theme-switch">
      Theme
      <select value={choice} onChange={(e) => setChoice(e.target.value as ThemeChoice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
