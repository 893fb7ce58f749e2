// The forms of charts 5 and 6: plain GET forms to the dashboard itself, carrying the rest of the view in hidden
// inputs, so picking countries or switching the basis is a link like any other view (it works without JavaScript,
// by keyboard and by touch, and Back steps through the choices). Cambodia cannot be removed: its box is ticked and
// disabled, and a hidden input always sends it. Server components: a form needs no script (the /compare page uses the
// country boxes too).
import { NEIGHBOUR_IDS, NEIGHBOUR_LABELS } from "@/lib/compare/ids";
import { optionsOf, serializeView, SETTINGS, type ViewKey, type ViewState } from "@/lib/view";
import styles from "./compare.module.css";

/** Hidden inputs for the view's settings other than the form's own. */
export function KeepView({ view, own }: { view: ViewState; own: readonly ViewKey[] }) {
  return (
    <>
      {[...new URLSearchParams(serializeView(view))].filter(([k]) => !(own as readonly string[]).includes(k)).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
}

/** The countries' boxes: Cambodia ticked and disabled (a hidden input always sends it), the others as chosen. */
export function CountryBoxes({ chosen, idPrefix }: { chosen: readonly string[]; idPrefix: string }) {
  return (
    <>
      <fieldset>
        <legend>Countries</legend>
        {NEIGHBOUR_IDS.map((id) =>
          id === "cambodia" ? (
            <label key={id}>
              <input type="checkbox" checked disabled aria-describedby={`${idPrefix}-cambodia-always`} /> {NEIGHBOUR_LABELS[id]}
              <span id={`${idPrefix}-cambodia-always`} className="sr-only">
                (always shown)
              </span>
            </label>
          ) : (
            <label key={id}>
              <input type="checkbox" name="countries" value={id} defaultChecked={chosen.includes(id)} /> {NEIGHBOUR_LABELS[id]}
            </label>
          ),
        )}
      </fieldset>
      <input type="hidden" name="countries" value="cambodia" />
    </>
  );
}

/** A labelled select over a list of values. */
export function SelectField({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: readonly (readonly [string, string])[] }) {
  return (
    <span className={styles.stacked}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {options.map(([k, w]) => (
          <option key={k} value={k}>
            {w}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The dashboard's country picker and measure of chart 5. */
export function NeighbourPicker({ view }: { view: ViewState }) {
  return (
    <form method="get" action="/#neighbours" className={`${styles.form} no-print`} aria-label="Countries and measure (chart 5)">
      <CountryBoxes chosen={view.countries} idPrefix="nb" />
      <SelectField id="nb-measure" name="nbMeasure" label={SETTINGS.nbMeasure.label} value={view.nbMeasure} options={optionsOf("nbMeasure")} />
      <KeepView view={view} own={["countries", "nbMeasure"]} />
      <button type="submit">Show countries</button>
    </form>
  );
}

/** The dashboard's basis and periods of chart 6. */
export function FinancierSwitch({ view }: { view: ViewState }) {
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
