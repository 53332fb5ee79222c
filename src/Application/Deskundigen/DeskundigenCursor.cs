using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Deskundigen;

/// <summary>
/// Where a page of the deskundigen list ends: how many rows of the same selection and order came before. An offset,
/// as for schools: an SWV registers tens of deskundigen, so skipping rows costs nothing, and one registered while
/// someone pages only shifts that person's list by one row.
/// </summary>
internal sealed record DeskundigenCursor(long Overslaan) : ISynctokenInhoud<DeskundigenCursor>
{
    public const int StandaardPageSize = 50;

    /// <summary>Room for every deskundige of a large SWV in one call, for pickers that need all of them.</summary>
    public const int MaximalePageSize = 500;

    public static Tokensoort Soort => Tokensoort.DeskundigenCursor;

    public static DeskundigenCursor? Lees(ref TokenLezer lezer) => lezer.Geheel(out var overslaan) ? new DeskundigenCursor(overslaan) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Overslaan);
    }
}
