namespace PassendOnderwijs.Application.Arrangementen;

internal static class ArrangementAudit
{
    public const string Soort = "arrangement";
    public const string Doel = "Toewijzing en uitvoering van extra ondersteuning (passend onderwijs)";
}
