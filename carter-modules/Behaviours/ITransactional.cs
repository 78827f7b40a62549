namespace CarterModules.Behaviours;

/// <summary>Marks a use case whose statements must all happen or none (see <see cref="TransactionBehaviour{TMessage,TResponse}"/>).</summary>
public interface ITransactional;
