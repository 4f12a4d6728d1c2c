#!/usr/bin/env python3
"""Writes a deterministic, article-like English and Spanish corpus for the scan benchmark.

usage: generate.py OUTPUT_DIR [MEGABYTES]

Writes OUTPUT_DIR/corpus.txt (plain text, paragraphs separated by blank lines) of at
least MEGABYTES (default 100) MB. The text mixes prose without numbers, spec sentences
with units, bounds, ranges and conversions, bare counts, money, dates and designations,
in the proportions of defence news copy. Same arguments, same bytes.
"""
import os
import random
import sys

SYSTEMS = ["Igla-S", "9K38 Igla", "FIM-92 Stinger", "Mistral 3", "Starstreak", "RBS 70 NG",
           "Piorun", "QW-2", "Misagh-2", "Anza Mk-III", "Type 91", "Chiron", "Verba", "Strela-2M",
           "Grom", "FN-6", "Blowpipe", "Javelin"]
FILLER = [
    "Officials said the deliveries would continue through the winter despite logistical problems.",
    "The ministry declined to comment on the number of systems already handed over to the brigades.",
    "Analysts caution that the figures published by manufacturers are often optimistic.",
    "The weapon has been exported to a number of countries across Asia, Africa and Latin America.",
    "Training takes several weeks, according to instructors interviewed for this article.",
    "Critics argue that the programme is over budget and behind schedule.",
    "The launcher can be reloaded in the field by its crew without special tools.",
    "Los expertos advierten que las cifras de los fabricantes suelen ser optimistas.",
    "The system was designed to protect infantry units against attack helicopters and low-flying jets.",
    "A spokesperson for the manufacturer said the company does not comment on export contracts.",
    "Footage posted online appeared to show the launcher being fired from the back of a pickup truck.",
    "Western officials have repeatedly warned about the proliferation of shoulder-fired missiles.",
    "The infrared seeker is said to be resistant to flares and other countermeasures.",
    "Soldiers interviewed near the front line described the weapon as light and easy to carry.",
    "La versión modernizada incorpora un buscador de doble banda y una espoleta de proximidad.",
    "It remains unclear how many of the missiles were still serviceable after years in storage.",
    "El ministerio no quiso comentar el número de sistemas entregados a las brigadas.",
    "Según fuentes militares, el sistema ha sido utilizado con éxito contra drones.",
]
UNITS_EN = [("km", 1), ("kilometres", 1), ("kilometers", 1), ("m", 1000), ("meters", 1000), ("metres", 1000),
            ("miles", 0.62), ("feet", 3280), ("ft", 3280)]
MASS_EN = [("kg", 1), ("kilograms", 1), ("pounds", 2.2), ("lb", 2.2)]
BOUNDS_EN = ["up to", "about", "more than", "at least", "roughly", "nearly", "some", "less than", "over", ""]
BOUNDS_ES = ["hasta", "unos", "más de", "al menos", "cerca de", "aproximadamente", "menos de", ""]


def number(rng, scale):
    value = rng.choice([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.2, 6, 7, 8]) * scale
    if value >= 1000 and rng.random() < 0.8:
        return f"{int(value):,}"
    return f"{value:g}"


def sentence(rng):
    system = rng.choice(SYSTEMS)
    kind = rng.random()
    if kind < 0.55:
        return rng.choice(FILLER)
    if kind < 0.65:
        unit, factor = rng.choice(UNITS_EN)
        bound = rng.choice(BOUNDS_EN)
        figure = number(rng, factor)
        return f"The {system} has a maximum range of {bound} {figure} {unit}.".replace("  ", " ")
    if kind < 0.70:
        low = rng.randint(10, 500)
        high = rng.randint(2, 6) * 1000
        return f"It can engage targets flying at altitudes between {low} and {high:,} meters."
    if kind < 0.75:
        unit, factor = rng.choice(MASS_EN)
        return f"The missile weighs {number(rng, 10 * factor)} {unit}, and the complete system about {number(rng, 17 * factor)} {unit}."
    if kind < 0.79:
        return f"Its missile flies at Mach {rng.choice(['1.8', '2', '2.2', '2.5'])}, or roughly {rng.randint(570, 850)} m/s."
    if kind < 0.83:
        miles = rng.randint(2, 5)
        return f"Its reach is {miles} miles ({miles * 1.6:.1f} km), according to the manufacturer."
    if kind < 0.87:
        return (f"In {rng.randint(1975, 2023)}, the government ordered {rng.randint(2, 90) * 100:,} missiles "
                f"worth ${rng.randint(100, 900)}m for {rng.randint(1, 9) * 1000:,} troops.")
    if kind < 0.90:
        return f"On May {rng.randint(1, 28)}, {rng.randint(2014, 2024)}, at {rng.randint(1, 12)}:{rng.randint(10, 59)}, a {system} shot down a drone, officials said."
    if kind < 0.95:
        bound = rng.choice(BOUNDS_ES)
        figure = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}00" if rng.random() < 0.5 else f"{rng.randint(1, 9)},{rng.randint(1, 9)}"
        unit = "metros" if "." in figure else "kilómetros"
        return f"El {system} tiene un alcance de {bound} {figure} {unit} y un techo de {rng.randint(2, 4)}.500 metros.".replace("  ", " ")
    return f"A crew of {rng.choice(['one', 'two', 'three'])} soldiers can fire it; it is roughly {rng.randint(20, 70)}% cheaper than rivals."


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    out_dir = sys.argv[1]
    megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 100
    target = int(megabytes * 1_000_000)
    rng = random.Random(20240530)
    os.makedirs(out_dir, exist_ok=True)
    written = 0
    with open(os.path.join(out_dir, "corpus.txt"), "w", encoding="utf-8") as out:
        while written < target:
            paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 7))) + "\n\n"
            out.write(paragraph)
            written += len(paragraph.encode("utf-8"))
    print(f"wrote {written} bytes to {os.path.join(out_dir, 'corpus.txt')}")


if __name__ == "__main__":
    main()
