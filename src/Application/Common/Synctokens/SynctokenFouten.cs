using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>
/// One answer for every cursor or token the API cannot trust, whatever the reason: the client can do only one thing
/// with it, start again without it. The codes are those clients already knew per parameter.
/// </summary>
public static class SynctokenFouten
{
    public static Fout Cursor() => Fout.OngeldigToken(
        "ongeldige-cursor",
        "Deze cursor is niet door de API voor deze lijst gegeven, of is veranderd; begin opnieuw zonder cursor.",
        "cursor");

    /// <param name="volledigePad">Where the client takes a full copy again, e.g. "/arrangementen".</param>
    public static Fout Token(string volledigePad) => Fout.OngeldigToken(
        "ongeldig-token",
        $"Dit token is niet door de API voor deze wijzigingenfeed gegeven, of is veranderd. Synchroniseer opnieuw volledig via {volledigePad}.",
        "token");

    /// <summary>A genuine token from a database state this one does not have (a restored backup, another installation's keys).</summary>
    public static Fout TokenVoorbijLaatsteWijziging(string volledigePad) => Fout.OngeldigToken(
        "ongeldig-token",
        $"Dit token wijst voorbij de laatste wijziging die de API kent. Synchroniseer opnieuw volledig via {volledigePad}.",
        "token");

    /// <summary>A cursor carries the change number of its first page, so it can point past the last change too.</summary>
    public static Fout CursorVoorbijLaatsteWijziging() => Fout.OngeldigToken(
        "ongeldige-cursor",
        "Deze cursor wijst voorbij de laatste wijziging die de API kent; begin opnieuw zonder cursor.",
        "cursor");
}
