namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>The actions an OPP's history records.</summary>
public static class OppGebeurtenis
{
    public const string ConceptGemaakt = "concept-gemaakt";
    public const string Bijgewerkt = "bijgewerkt";
    public const string OverlegGevoerd = "overleg-gevoerd";
    public const string HoorrechtVastgelegd = "hoorrecht-vastgelegd";
    public const string ConceptGedeeld = "concept-gedeeld";
    public const string DelenGestopt = "delen-gestopt";
    public const string VisieVanOudersGegeven = "visie-ouders-gegeven";
    public const string InstemmingVastgelegd = "instemming-vastgelegd";
    public const string Vastgesteld = "vastgesteld";
    public const string HerzieningGestart = "herziening-gestart";
    public const string Geevalueerd = "geevalueerd";
    public const string RodRegistratieBevestigd = "rod-registratie-bevestigd";
    public const string Afgesloten = "afgesloten";
}
