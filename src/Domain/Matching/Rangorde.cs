namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// Rule 3, the ranking: candidates that cover every field first; then the tier (lightest setting first); then
/// nearness; then capacity (a published one first, the higher the better, as more room is likelier to have a place);
/// then the code of the school or aanbieder, so equal candidates keep one stable order.
/// </summary>
internal sealed class Rangorde : IComparer<Settingkandidaat>
{
    public static readonly Rangorde Instantie = new();

    public int Compare(Settingkandidaat? x, Settingkandidaat? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var verschil = y.DektAlles.CompareTo(x.DektAlles);
        verschil = verschil != 0 ? verschil : x.Soort.CompareTo(y.Soort);
        verschil = verschil != 0 ? verschil : x.Nabijheid.CompareTo(y.Nabijheid);
        verschil = verschil != 0 ? verschil : (x.Capaciteit is null).CompareTo(y.Capaciteit is null);
        verschil = verschil != 0 ? verschil : (y.Capaciteit ?? 0).CompareTo(x.Capaciteit ?? 0);
        return verschil != 0 ? verschil : string.CompareOrdinal(Sleutel(x), Sleutel(y));
    }

    private static string Sleutel(Settingkandidaat kandidaat) =>
        kandidaat.Begeleiding?.Aanbieder.Waarde ?? kandidaat.School.Vestiging.Waarde;
}
