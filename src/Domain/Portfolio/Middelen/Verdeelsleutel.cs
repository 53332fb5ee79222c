using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Middelen;

/// <summary>How a schoolbestuur's middelen extra ondersteuning are divided (seed 004: the SWV states the key per year).</summary>
public enum Verdeelsleutel
{
    PerLeerlingOpTeldatum,
    NaarOndersteuningsbehoefte,
    VastBedragPerSchool,
    Anders,
}

public static class VerdeelsleutelCodes
{
    public static Codelijst<Verdeelsleutel> Lijst { get; } = new(
        "verdeelsleutel",
        new Dictionary<Verdeelsleutel, (string Code, string Label)>
        {
            [Verdeelsleutel.PerLeerlingOpTeldatum] = ("per-leerling-op-teldatum", "Per leerling op de teldatum"),
            [Verdeelsleutel.NaarOndersteuningsbehoefte] = ("naar-ondersteuningsbehoefte", "Naar ondersteuningsbehoefte"),
            [Verdeelsleutel.VastBedragPerSchool] = ("vast-bedrag-per-school", "Vast bedrag per school"),
            [Verdeelsleutel.Anders] = ("anders", "Anders (zie de toelichting)"),
        });
}
