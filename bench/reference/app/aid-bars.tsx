"use client";
// One Recharts BarChart in a ResponsiveContainer, inside a fixed-height wrapper; ten bars of static data.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const DATA = [
  { year: "2015", value: 77 },
  { year: "2016", value: 84 },
  { year: "2017", value: 91 },
  { year: "2018", value: 66 },
  { year: "2019", value: 72 },
  { year: "2020", value: 88 },
  { year: "2021", value: 95 },
  { year: "2022", value: 103 },
  { year: "2023", value: 81 },
  { year: "2024", value: 69 },
];

export function AidBars() {
  return (
    <figure style={{ margin: 0 }}>
      <div style={{ width: "100%", height: 320 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={DATA} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="year" />
            <YAxis />
            <Tooltip />
            <Bar dataKey="value" name="US$ million" fill="#17407e" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption style={{ fontSize: 14, color: "#595959", marginTop: 8 }}>Ten static values, US$ million.</figcaption>
    </figure>
  );
}
