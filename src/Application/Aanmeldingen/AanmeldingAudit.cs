namespace PassendOnderwijs.Application.Aanmeldingen;

internal static class AanmeldingAudit
{
    public const string Soort = "aanmelding";
    public const string Doel = "Toelating en zorgplicht na een aanmelding (passend onderwijs)";
}
