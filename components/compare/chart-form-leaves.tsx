"use client";
// The dashboard's forms of charts 5 and 6 (chart-forms.tsx says how they work: plain GET forms, so each choice is a link
// and works without JavaScript). Client leaves that read the page's view from ViewScope, so the page's inline payload
// carries one reference each rather than every box, option and hidden input; the server renders them all the same.
import { useShown } from "@/components/controls/view-scope";
import { optionsOf, SETTINGS } from "@/lib/view";
import { CountryBoxes, KeepView, SelectField } from "./chart-forms";
import styles from "./compare.module.css";

export function NeighbourPicker() {
  const { view } = useShown();
  return (
    <form method="get" action="/#neighbours" className={`${styles.form} no-print`} aria-label="Countries and measure (chart 5)">
      <CountryBoxes chosen={view.countries} idPrefix="nb" />
      <SelectField id="nb-measure" name="nbMeasure" label={SETTINGS.nbMeasure.label} value={view.nbMeasure} options={optionsOf("nbMeasure")} />
      <KeepView view={view} own={["countries", "nbMeasure"]} />
      <button type="submit">Show countries</button>
    </form>
  );
}

export function FinancierSwitch() {
  const { view } = useShown();
  return (
    <form method="get" action="/#financiers" className={`${styles.form} no-print`} aria-label="Basis and periods (chart 6)">
      <fieldset>
        <legend>{SETTINGS.basis.label}</legend>
        {optionsOf("basis").map(([b, words]) => (
          <label key={b}>
            <input type="radio" name="basis" value={b} defaultChecked={view.basis === b} /> {words}
          </label>
        ))}
      </fieldset>
      <SelectField id="fin-periods" name="fgroupBy" label={SETTINGS.fgroupBy.label} value={view.fgroupBy} options={optionsOf("fgroupBy")} />
      <KeepView view={view} own={["basis", "fgroupBy"]} />
      <button type="submit">Show basis</button>
    </form>
  );
}
