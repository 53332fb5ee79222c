using System.Reflection;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.ZetFaseVoort;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Api.FunctionalTests.Portfolio;

/// <summary>
/// The phase steps share one operation with a [Toegang] of its own: it must allow exactly the roles the lifecycle
/// table gives each phase step, or the table and the access check would drift apart.
/// </summary>
public class ExpertinzetToegangTests
{
    [Test]
    public void The_phase_operation_allows_the_roles_of_every_phase_row_of_the_table()
    {
        var toegang = typeof(ZetFaseVoortCommand).GetCustomAttribute<ToegangAttribute>()!;
        foreach (var stap in ZetFaseVoortCommand.Fasestappen)
        {
            ExpertinzetLevenscyclus.Tabel[stap].Rollen.ShouldBe(toegang.Rollen, ignoreOrder: true, stap.ToString());
        }
    }
}
