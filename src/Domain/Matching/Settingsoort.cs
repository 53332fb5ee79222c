using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// The tiers of "de eenvoudigste setting die voldoet, is de beste", lightest first: the ranking orders by this number
/// before anything else, so a lighter setting that covers always comes before a heavier one.
/// </summary>
public enum Settingsoort
{
    /// <summary>The current school as it is: its profile covers every asked field.</summary>
    HuidigeSchool = 1,

    /// <summary>The current school with arrangement kinds and/or ambulante begeleiding closing its gaps.</summary>
    HuidigeSchoolMetOndersteuning = 2,

    /// <summary>Another regular school (BAO, VO) of the samenwerkingsverband.</summary>
    AndereReguliereSchool = 3,

    /// <summary>Speciaal basisonderwijs or praktijkonderwijs; a TLV is needed.</summary>
    SpeciaalBasisonderwijsOfPraktijkonderwijs = 4,

    /// <summary>Speciaal or voortgezet speciaal onderwijs; a TLV is needed.</summary>
    SpeciaalOnderwijs = 5,
}

public static class SettingsoortCodes
{
    public static Codelijst<Settingsoort> Lijst { get; } = new(
        "soort setting",
        new Dictionary<Settingsoort, (string Code, string Label)>
        {
            [Settingsoort.HuidigeSchool] = ("huidige-school", "Huidige school"),
            [Settingsoort.HuidigeSchoolMetOndersteuning] = ("huidige-school-met-ondersteuning", "Huidige school met extra ondersteuning"),
            [Settingsoort.AndereReguliereSchool] = ("andere-reguliere-school", "Andere reguliere school"),
            [Settingsoort.SpeciaalBasisonderwijsOfPraktijkonderwijs] = ("sbo-of-pro", "Speciaal basisonderwijs of praktijkonderwijs"),
            [Settingsoort.SpeciaalOnderwijs] = ("so-of-vso", "Speciaal of voortgezet speciaal onderwijs"),
        });

    /// <summary>SBO, PrO, SO and VSO admit a pupil only with a toelaatbaarheidsverklaring.</summary>
    public static bool VraagtTlv(this Settingsoort soort) => soort >= Settingsoort.SpeciaalBasisonderwijsOfPraktijkonderwijs;
}
