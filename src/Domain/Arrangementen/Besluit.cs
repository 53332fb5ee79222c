namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>The SWV's decision on a request: granted or refused, on which date, why, by whom, under which beschikkingsnummer.</summary>
public sealed record Besluit(bool Toegekend, DateOnly Besluitdatum, string Beschikkingsnummer, string Motivering, Actor Door, DateTimeOffset VastgelegdOp)
{
    public const int MaximaleLengteBeschikkingsnummer = 40;
    public const int MaximaleLengteMotivering = 4000;
}
