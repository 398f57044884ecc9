import * as assert from 'node:assert/strict';
import { resolveCorpusFolders, type FolderSettingScopes } from '../../../src/core/userCorpus/corpusFolders';

describe('userCorpus/resolveCorpusFolders', () => {
  const scopes: FolderSettingScopes = {
    user: ['/data/发改委规划库', '~/文档/行动方案', '/data/发改委规划库/'],
    workspace: ['参考文件', '/srv/shared/plans'],
    workspaceFolders: [{ root: '/ws/draft', folders: ['./precedents', '../common/../common/plans'] }],
  };
  const context = { home: '/home/drafter', workspaceRoot: '/ws/draft' };

  it('uses every scope in a trusted workspace, resolving ~ and relative paths, each folder once', () => {
    assert.deepEqual(resolveCorpusFolders(scopes, { ...context, trusted: true }), {
      folders: ['/data/发改委规划库', '/home/drafter/文档/行动方案', '/ws/draft/参考文件', '/srv/shared/plans', '/ws/draft/precedents', '/ws/common/plans'],
      ignoredUntrusted: [],
    });
  });

  it('ignores workspace-scoped folders until the workspace is trusted', () => {
    assert.deepEqual(resolveCorpusFolders(scopes, { ...context, trusted: false }), {
      folders: ['/data/发改委规划库', '/home/drafter/文档/行动方案'],
      ignoredUntrusted: ['/ws/draft/参考文件', '/srv/shared/plans', '/ws/draft/precedents', '/ws/common/plans'],
    });
  });

  it('drops a relative user path (there is nothing to resolve it against) and blank entries', () => {
    assert.deepEqual(resolveCorpusFolders({ user: ['plans', '  '], workspace: ['plans'] }, { trusted: true, home: '/h' }).folders, []);
  });

  it('keeps Windows paths whole', () => {
    assert.deepEqual(resolveCorpusFolders({ user: ['D:\\资料\\规划\\', 'D:/资料/规划'] }, { trusted: true, home: 'C:\\Users\\a' }).folders, ['D:\\资料\\规划']);
  });
});
