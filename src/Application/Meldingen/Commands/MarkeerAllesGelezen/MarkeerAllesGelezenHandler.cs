using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Meldingen.Commands.MarkeerAllesGelezen;

/// <summary>One UPDATE over the caller's unread ones (the context's filter applies to bulk updates too).</summary>
public sealed class MarkeerAllesGelezenHandler(IApplicationDbContext db, TimeProvider klok) : ICommandHandler<MarkeerAllesGelezenCommand, Result<AllesGelezenDto>>
{
    public async ValueTask<Result<AllesGelezenDto>> Handle(MarkeerAllesGelezenCommand command, CancellationToken cancellationToken)
    {
        var nu = klok.GetUtcNow();
        var aantal = await db.Meldingen.Where(m => m.GelezenOp == null)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.GelezenOp, nu), cancellationToken).ConfigureAwait(false);
        return new AllesGelezenDto(aantal);
    }
}
