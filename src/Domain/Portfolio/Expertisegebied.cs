using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio;

/// <summary>
/// A domain of expertise the samenwerkingsverband's own experts bring to schools (seed 004: the portfolio of a regio).
/// Not the RIO list of expertises of onderwijsbegeleidingsaanbieders (<see cref="Expertises.ExpertiseCode"/>): these are
/// the SWV's fields of deployment, which a lokaal netwerk names when it asks for an expert.
/// </summary>
public enum Expertisegebied
{
    Gedrag,
    ZmlCognitie,
    Hoogbegaafdheid,
    NieuwkomersNt2,
    JongeKind,
    HechtingTrauma,
    Orthopedagogiek,
}

public static class ExpertisegebiedCodes
{
    public static Codelijst<Expertisegebied> Lijst { get; } = new(
        "expertisegebied",
        new Dictionary<Expertisegebied, (string Code, string Label)>
        {
            [Expertisegebied.Gedrag] = ("gedrag", "Gedrag"),
            [Expertisegebied.ZmlCognitie] = ("zml-cognitie", "ZML en cognitie"),
            [Expertisegebied.Hoogbegaafdheid] = ("hoogbegaafdheid", "Hoogbegaafdheid"),
            [Expertisegebied.NieuwkomersNt2] = ("nieuwkomers-nt2", "Nieuwkomers en NT2"),
            [Expertisegebied.JongeKind] = ("jonge-kind", "Jonge kind"),
            [Expertisegebied.HechtingTrauma] = ("hechting-trauma", "Hechting en trauma"),
            [Expertisegebied.Orthopedagogiek] = ("orthopedagogiek", "Orthopedagogiek"),
        });
}
