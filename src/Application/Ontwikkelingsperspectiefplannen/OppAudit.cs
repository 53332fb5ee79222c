namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

internal static class OppAudit
{
    public const string Soort = "ontwikkelingsperspectiefplan";
    public const string Doel = "Ontwikkelingsperspectief en ondersteuning van de leerling (passend onderwijs)";
}
