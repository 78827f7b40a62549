namespace MvcControllers.Areas.Admin.Engine;

/// <summary>The generic pages of one registration, whatever its model: what <c>ModelAdminController</c> calls.</summary>
public interface IModelAdminPages
{
    IReadOnlySet<string> ChangeListParameters { get; }
    IReadOnlyList<string> InlineDeleteFields { get; }
    Task<int> CountAsync(AdminRequest request);
    Task<ChangeListPage> ChangeListAsync(AdminRequest request, ChangeListParams current, Func<ChangeListParams, string> url);
    Task<ActionOutcome> ActionAsync(AdminRequest request, ActionRequest form);
    Task<ChangeFormPage?> FormAsync(AdminRequest request, int? id);
    Task<FormOutcome> SaveAsync(AdminRequest request, int? id, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyCollection<int>> ticked);
    bool HasObjectPage(string name);
    Task<ChangeFormPage?> ObjectPageAsync(AdminRequest request, int id, string name);
    Task<FormOutcome> SaveObjectPageAsync(AdminRequest request, int id, string name, IReadOnlyDictionary<string, string?> values);
    Task<DeletePage?> DeletePageAsync(AdminRequest request, int id);
    Task<string?> DeleteAsync(AdminRequest request, int id);
    Task<string?> ReprAsync(AdminRequest request, int id);
}
