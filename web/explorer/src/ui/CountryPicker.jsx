import { useQuery } from './hooks.js';

const CASES = ['MEX', 'ARG', 'JPN'];

// CountryPicker: the three cases as checkboxes, any other country of the graph from a list.
export function CountryPicker({ selected, onChange, max = 8, single = false }) {
  const { data } = useQuery('Countries');
  const all = (data && data.countries) || [];
  const name = (iso3) => (all.find((c) => c.iso3 === iso3) || {}).name || iso3;
  const toggle = (c) => onChange(selected.includes(c) ? selected.filter((x) => x !== c) : [...selected, c].slice(0, max));
  const others = all.filter((c) => !CASES.includes(c.iso3));
  if (single) {
    return (
      <fieldset>
        <legend>Country</legend>
        <select aria-label="Country" value={selected[0]} onChange={(e) => onChange([e.currentTarget.value])}>
          {[...CASES.map((c) => ({ iso3: c, name: name(c) })), ...others].map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {c.name} ({c.iso3})
            </option>
          ))}
        </select>
      </fieldset>
    );
  }
  return (
    <fieldset>
      <legend>Countries</legend>
      {[...new Set([...CASES, ...selected])].map((c) => (
        <label class="check" key={c}>
          <input type="checkbox" checked={selected.includes(c)} onChange={() => toggle(c)} /> {name(c)}
        </label>
      ))}
      {others.length > 0 && selected.length < max && (
        <select aria-label="Add a country" value="" onChange={(e) => e.currentTarget.value && toggle(e.currentTarget.value)}>
          <option value="">Add a country…</option>
          {others.filter((c) => !selected.includes(c.iso3)).map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
