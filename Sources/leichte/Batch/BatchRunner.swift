import Foundation

/// Runs the documents with at most `jobs` at a time (a task group), in input order; results
/// are collected and sorted by path, so nothing written depends on the order they finish in.
struct BatchRunner: Sendable {
  let processor: DocumentProcessor
  let jobs: Int
  let progress: BatchProgress
  let gate: WriteGate

  func run(_ inputs: [BatchInput]) async -> [DocumentRecord] {
    await withTaskGroup(of: (DocumentProcessor.Outcome, Double).self) { group in
      var records: [DocumentRecord] = []
      var next = 0
      let processor = processor
      while next < inputs.count && next < jobs {
        let input = inputs[next]
        group.addTask { await BatchRunner.timed(processor, input) }
        next += 1
      }
      for await (outcome, seconds) in group {
        if case .done(let record, let skipped) = outcome {
          records.append(record)
          progress.finished(record, skipped: skipped, seconds: seconds)
        }
        if next < inputs.count && !gate.isStopped {
          let input = inputs[next]
          group.addTask { await BatchRunner.timed(processor, input) }
          next += 1
        }
      }
      return records.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }
  }

  private static func timed(_ processor: DocumentProcessor, _ input: BatchInput) async -> (
    DocumentProcessor.Outcome, Double
  ) {
    let start = DispatchTime.now().uptimeNanoseconds
    let outcome = await processor.process(input)
    return (outcome, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
}
