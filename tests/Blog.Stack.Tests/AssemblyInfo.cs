using Blog.Stack.Tests;

// One stack for the whole assembly (starting it is the slow part), and one test at a time: some tests kill or stop
// an instance of it, which a test running beside them would see.
[assembly: AssemblyFixture(typeof(StackFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
