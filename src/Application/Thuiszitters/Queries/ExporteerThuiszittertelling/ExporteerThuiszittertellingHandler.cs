using FluentValidation;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.ExporteerThuiszittertelling;

public sealed class ExporteerThuiszittertellingHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<ExporteerThuiszittertellingQuery, Result<ThuiszittertellingbestandDto>>
{
    public async ValueTask<Result<ThuiszittertellingbestandDto>> Handle(ExporteerThuiszittertellingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var telling = await Thuiszittertelling.StelOpAsync(db, query.Peildatum, klok, voorBuiten: true, cancellationToken).ConfigureAwait(false);
        return new ThuiszittertellingbestandDto(telling.Peildatum, telling.Drempel, telling.Tabellen);
    }
}

public sealed class ExporteerThuiszittertellingValidator : AbstractValidator<ExporteerThuiszittertellingQuery>
{
    public ExporteerThuiszittertellingValidator() => RuleFor(q => q.Peildatum).MoetPeildatumZijn();
}
