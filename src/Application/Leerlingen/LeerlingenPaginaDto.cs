using PassendOnderwijs.Application.Common.Audit;

namespace PassendOnderwijs.Application.Leerlingen;

/// <param name="VolgendeCursor">Null on the last page.</param>
/// <param name="Totaal">How many pupils the selection holds over all pages (only those the caller may see).</param>
public sealed record LeerlingenPaginaDto(IReadOnlyList<LeerlingDto> Leerlingen, string? VolgendeCursor, int Totaal) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Leerlingen;
}
