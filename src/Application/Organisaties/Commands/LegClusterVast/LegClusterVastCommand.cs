using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.LegClusterVast;

/// <summary>
/// An SWV administrator sets or clears the cluster (1 or 2) of an SO/VSO school: such a school has no zorgplicht, so an
/// aanmelding there runs no term.
/// </summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Wijzigen, "school", Doel = OrganisatieAudit.Doel)]
public sealed record LegClusterVastCommand(long? VerwachteVersie, Result<Clusterwijziging> Invoer) : IInvoerCommand<Clusterwijziging, SchoolDto>, IVersieVoorwaarde;

/// <param name="Cluster">1 or 2; absent (null) when the school belongs to neither.</param>
public sealed record ClusterVerzoek([property: CodeUit<Cluster>] int? Cluster)
{
    public static Result<Clusterwijziging> Lees(string? vestiging, ClusterVerzoek? verzoek) =>
        Lezen.Samen(
            VestigingCode.Parse(vestiging, "vestiging"),
            verzoek?.Cluster is not { } cluster || Enum.IsDefined(typeof(Cluster), cluster)
                ? Result<Cluster?>.Gelukt((Cluster?)verzoek?.Cluster)
                : Fout.Ongeldig("cluster-1-of-2", "Kies cluster 1 of 2, of geen cluster.", "cluster"),
            (school, gekozen) => new Clusterwijziging(school, gekozen));
}

public sealed record Clusterwijziging(VestigingCode Vestiging, Cluster? Cluster);
