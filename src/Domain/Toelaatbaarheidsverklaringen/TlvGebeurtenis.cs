namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>The actions a TLV's history records (<see cref="Arrangementen.Gebeurtenis.Actie"/>).</summary>
public static class TlvGebeurtenis
{
    public const string Aangevraagd = "aangevraagd";
    public const string AdviseurAangewezen = "adviseur-aangewezen";
    public const string AdviesUitgebracht = "advies-uitgebracht";
    public const string Besloten = "besloten";
    public const string Bekendgemaakt = "bekendgemaakt";
    public const string Ingetrokken = "ingetrokken";
    public const string BezwaarOntvangen = "bezwaar-ontvangen";
    public const string Verschoond = "termijnoverschrijding-verschoond";
    public const string NietOntvankelijk = "bezwaar-niet-ontvankelijk";
    public const string LbtAdviesGevraagd = "lbt-advies-gevraagd";
    public const string HoorzittingGehouden = "hoorzitting-gehouden";
    public const string LbtAdviesOntvangen = "lbt-advies-ontvangen";
    public const string Verdaagd = "beslistermijn-verdaagd";
    public const string BeslistOpBezwaar = "beslist-op-bezwaar";
    public const string InschrijvingBevestigd = "inschrijving-bevestigd";
    public const string HerindicatieGestart = "herindicatie-gestart";
}
