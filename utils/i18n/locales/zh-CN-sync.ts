import type { enSync } from './en-sync';

/** 设置 → 同步 以及同步过程的简体中文句子。 */
export const zhCNSync: Record<keyof typeof enSync, string> = {
  syncTitle: '同步',
  syncIntro:
    '通过你自己的 WebDAV 服务器（Nextcloud、群晖、坚果云等）在所有电脑上保持同一份历史记录和相同的设置。各台电脑的更改会合并，不会互相覆盖。API 密钥只留在各自的电脑上。',
  syncUrl: 'WebDAV 地址',
  syncUrlHint:
    '坚果云：https://dav.jianguoyun.com/dav/；Nextcloud：https://你的服务器/remote.php/dav/files/用户名/',
  syncUsername: '用户名',
  syncPassword: '密码',
  syncFolder: '文件夹',
  syncPassphrase: '加密口令',
  syncPassphraseHint:
    '可选。设置口令后，所有内容在发送前就在浏览器中加密，服务器只能看到无法读取的文件。每台电脑请使用同一个口令；口令无法找回。',
  syncInterval: '自动同步',
  syncIntervalOff: '关闭（仅在按“立即同步”时）',
  syncIntervalMinutes: '每 {count} 分钟',
  syncTest: '测试连接',
  syncNow: '立即同步',
  syncTesting: '正在测试连接…',
  syncNever: '这台电脑尚未同步过。',
  syncRunning: '正在同步… 第 {done} 部分，共 {total} 部分。',
  syncOk: '上次同步：{time}。收到 {received} 个对话；向服务器写入 {sent} 个部分。',
  syncFailedAt: '上次同步失败（{time}）：{message}',
  syncDone: '已同步。收到 {received} 个对话；向服务器写入 {sent} 个部分。',
  syncRepaired:
    '服务器上一个损坏的文件已用这台电脑的副本替换；其他电脑会在下次同步时补上它们的内容。',
  syncTestOk: '已连接。文件夹“{folder}”可以同步。',
  syncTestNew: '已连接。首次同步时会创建文件夹“{folder}”。',
  syncAccessWhy: 'Sidechat 需要浏览器允许访问 {host}，才能连接你的服务器。',
  syncError_not_configured: '请先填写 WebDAV 地址和用户名。',
  syncError_bad_url: 'WebDAV 地址无效。请输入以 https:// 开头的完整地址。',
  syncError_no_access: 'Sidechat 未获准访问该服务器。请再按一次按钮并允许访问。',
  syncError_offline: '无法连接 WebDAV 服务器。请检查地址和网络后重试。',
  syncError_auth:
    '服务器拒绝了用户名或密码（401）。请检查后重试。部分服务（Nextcloud、坚果云）需要在此填写应用密码。',
  syncError_not_found:
    '服务器上找不到这个 WebDAV 地址。请检查地址：Nextcloud 的地址以 /remote.php/dav/files/用户名/ 结尾。',
  syncError_quota:
    '服务器拒绝存储更多内容：空间已满或限制了文件大小。请在服务器上释放空间后再同步。没有丢失任何内容。',
  syncError_server: '服务器出现问题。请几分钟后重试。',
  syncError_busy: '另一台电脑一直在写入相同的文件。请稍后再同步。',
  syncError_corrupt:
    '同步文件夹的主文件已损坏。请换一个文件夹名，或在服务器上删除该文件夹，然后再同步。',
  syncError_newer_version:
    '同步文件夹由更新版本的 Sidechat 写入。请先更新这台电脑上的 Sidechat，再同步。',
  syncError_passphrase_needed: '这个文件夹已加密。请填写它的加密口令后再同步。',
  syncError_wrong_passphrase:
    '加密口令无法打开这个文件夹。请填写其他电脑上使用的口令。没有做任何更改。',
  syncError_not_encrypted:
    '这个文件夹没有加密，但设置了加密口令。请清空口令，或换一个新文件夹来加密。',
  syncError_storage_failed: '无法保存这台电脑上的历史记录。请释放磁盘空间后再同步。',
};
